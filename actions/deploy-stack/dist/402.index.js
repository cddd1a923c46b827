export const id = 402;
export const ids = [402];
export const modules = {

/***/ 4402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseParameterFile: () => (/* binding */ parseParameterFile)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8816);
/* harmony import */ var _lib_src_index__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7564);



const scalar = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()]).transform(String);
const cloudFormationList = zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    ParameterKey: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    ParameterValue: scalar.optional(),
    UsePreviousValue: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
}));
// CommaDelimitedList and List<...> parameters may be written as YAML lists.
const plainMap = zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([scalar, zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(scalar).transform((items) => items.join(","))]));
// CodePipeline's template configuration file wraps the map in "Parameters".
const wrappedMap = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ Parameters: plainMap });
/** A parameters file: CloudFormation's `[{ParameterKey, ParameterValue}]` list or a `{Key: Value}` map. */
function parseParameterFile(path, content) {
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(content);
    const [firstError] = document.errors;
    if (firstError)
        throw new _lib_src_index__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz("parameters", `${path} is not valid JSON or YAML: ${firstError.message}`);
    const data = document.toJS();
    const values = new Map();
    const usePrevious = new Set();
    const list = cloudFormationList.safeParse(data);
    if (list.success) {
        for (const item of list.data) {
            if (values.has(item.ParameterKey) || usePrevious.has(item.ParameterKey)) {
                throw new _lib_src_index__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz("parameters", `${path}: "${item.ParameterKey}" is given more than once`);
            }
            if (item.UsePreviousValue)
                usePrevious.add(item.ParameterKey);
            else if (item.ParameterValue !== undefined)
                values.set(item.ParameterKey, item.ParameterValue);
            else {
                throw new _lib_src_index__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz("parameters", `${path}: "${item.ParameterKey}" has neither ParameterValue nor UsePreviousValue`);
            }
        }
        return { values, usePrevious };
    }
    const map = plainMap.safeParse(data);
    const wrapped = map.success ? undefined : wrappedMap.safeParse(data);
    const entries = map.success ? map.data : wrapped?.success ? wrapped.data.Parameters : undefined;
    if (!entries) {
        throw new _lib_src_index__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz("parameters", `${path}: expected a list of {ParameterKey, ParameterValue} or a map of Key: Value with text, number or boolean values`);
    }
    for (const [key, value] of Object.entries(entries))
        values.set(key, value);
    return { values, usePrevious };
}


/***/ })

};

//# sourceMappingURL=402.index.js.map