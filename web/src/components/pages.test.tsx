import { jest } from "@jest/globals";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SignIn } from "./SignIn";
import { ConfigErrorPage } from "./StatusPages";

it("offers Google only when the config enables it", async () => {
  const onGoogle = jest.fn();
  const { rerender } = render(<SignIn googleSignIn={false} onSignIn={jest.fn()} onGoogle={onGoogle} />);
  expect(screen.queryByRole("button", { name: "Continue with Google" })).toBeNull();
  rerender(<SignIn googleSignIn onSignIn={jest.fn()} onGoogle={onGoogle} />);
  await userEvent.click(screen.getByRole("button", { name: "Continue with Google" }));
  expect(onGoogle).toHaveBeenCalledTimes(1);
});

it("shows why the user was sent back to sign in", () => {
  render(
    <SignIn
      googleSignIn={false}
      notice="Your session has expired."
      onSignIn={jest.fn()}
      onGoogle={jest.fn()}
    />,
  );
  expect(screen.getByRole("alert").textContent).toBe("Your session has expired.");
});

it("explains a broken config.json instead of a blank page", () => {
  render(<ConfigErrorPage problems={["clientId: expected a non-empty string"]} />);
  expect(screen.getByRole("alert").textContent).toMatch(/isn't set up correctly/);
  expect(screen.getByText("clientId: expected a non-empty string")).toBeTruthy();
});
