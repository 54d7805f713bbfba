function quoteAttribute(value) {
    return '"' + value.replace('"', '&quot;').replace(/</, '&lt;') + '"';
}
