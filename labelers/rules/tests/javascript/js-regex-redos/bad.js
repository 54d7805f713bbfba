const HANDLE = /^([a-z0-9]+[.-]?)*[a-z0-9]$/;
