package main

import "net/http"

// a helper handed a pointer to the handler's ResponseWriter echoes its argument into the page
func writeErrorResponse(rw *http.ResponseWriter, status int, body string) {
	(*rw).WriteHeader(status)
	(*rw).Write([]byte(body))
}
