export const id = 204;
export const ids = [204];
export const modules = {

/***/ 3204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uploadTemplate: () => (/* binding */ uploadTemplate)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3711);


/**
 * Puts a template too large to send inline into the bucket and returns the TemplateURL
 * CloudFormation reads it from. The key is the content hash, so an unchanged template is
 * the same object on every run.
 */
async function uploadTemplate(s3, bucket, template) {
    const key = `deploy-stack/${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(template.body).digest("hex")}.template`;
    await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.PutObjectCommand({ Bucket: bucket, Key: key, Body: template.body, ContentType: "text/plain" }));
    const region = await s3.config.region();
    return `https://${bucket}.s3.${region}.amazonaws.com/${key}`;
}


/***/ })

};

//# sourceMappingURL=204.index.js.map