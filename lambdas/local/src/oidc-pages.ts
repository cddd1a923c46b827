// HTML for the local issuer's own pages (login, sign-out, errors), styled like a hosted UI.
const escape = (value: string): string => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string, script = ""): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
*{box-sizing:border-box}
body{margin:0;min-height:100vh;display:grid;place-items:center;padding:24px 16px;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;background:linear-gradient(160deg,#e0e7ff 0%,#f4f6f8 60%)}
main{width:100%;max-width:400px;background:#fff;border-radius:20px;padding:28px 24px;box-shadow:0 12px 32px rgb(16 24 40/10%)}
h1{margin:0 0 4px;font-size:1.4rem}
.sub{margin:0 0 20px;color:#5b6775;font-size:.9rem}
label{display:block;font-weight:600;margin:14px 0 6px}
input{width:100%;height:46px;padding:0 12px;border:1px solid #cfd6de;border-radius:10px;font:inherit}
button{width:100%;height:48px;margin-top:20px;border:0;border-radius:999px;background:#3730a3;color:#fff;font:inherit;font-weight:600;cursor:pointer}
:focus-visible{outline:3px solid #2563eb;outline-offset:2px}
.error{margin:0 0 8px;padding:10px 12px;border-radius:10px;background:#fef3f2;color:#b42318}
.badge{display:inline-block;margin-bottom:12px;padding:2px 10px;border-radius:999px;background:#eef2ff;color:#3730a3;font-size:.75rem;font-weight:600}
</style>
</head>
<body><main>${body}</main>${script}</body>
</html>`;
}

export function loginPage({
  action,
  email = "",
  error,
}: {
  action: string;
  email?: string;
  error?: string;
}): string {
  return page(
    "Sign in · Trip family (local)",
    `<span class="badge">Local sign-in</span>
<h1>Sign in</h1>
<p class="sub">Family accounts and the dev password are printed by <code>npm start</code>.</p>
${error ? `<p class="error" role="alert">${escape(error)}</p>` : ""}
<form method="post" action="${escape(action)}">
<label for="email">Email</label>
<input id="email" name="email" type="email" autocomplete="username" required value="${escape(email)}" ${email ? "" : "autofocus"}>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required ${email ? "autofocus" : ""}>
<button type="submit">Sign in</button>
</form>`,
  );
}

/** Signs out without asking, as Cognito's /logout does; the button is the no-script fallback. */
export function logoutPage(form: string): string {
  return page(
    "Signing out",
    `<h1>Signing you out…</h1>
${form.replace("</form>", '<input type="hidden" name="logout" value="yes"></form>')}
<button type="submit" form="op.logoutForm">Sign out</button>`,
    `<script>document.getElementById("op.logoutForm").submit()</script>`,
  );
}

export function signedOutPage(): string {
  return page("Signed out", `<h1>Signed out</h1><p class="sub">You can close this page.</p>`);
}

export function errorPage(out: object): string {
  const rows = Object.entries(out)
    .map(([key, value]) => `<p><strong>${escape(key)}</strong>: ${escape(String(value))}</p>`)
    .join("");
  return page("Sign-in error", `<h1>Something went wrong</h1>${rows}`);
}
