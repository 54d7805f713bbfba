function quoteAttribute(value) {
    return '"' + value.replace(/"/g, '&quot;').replace(/</g, '&lt;') + '"';
}
