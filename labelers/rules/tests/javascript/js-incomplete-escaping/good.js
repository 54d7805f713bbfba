function quoteAttribute(value) {
    return '"' + value.replace(/"/g, '&quot;').replace(/</g, '&lt;') + '"';
}

function majorMinor(version) {
    return version.replace(".", "");  // replacing only the first dot is the intent, not escaping
}
