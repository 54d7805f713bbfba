package main

import (
	"fmt"
	"html"
	"net/http"
)

func greet(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	w.Write([]byte(fmt.Sprintf("<h1>Hello, %s</h1>", html.EscapeString(name))))
}

func hello(c echo.Context) error {
	name := c.QueryParam("name")
	return c.HTML(http.StatusOK, "<b>"+html.EscapeString(name)+"</b>")
}

func plain(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintf(w, "Hello, %s", r.FormValue("name"))
}

func writeErrorResponse(rw *http.ResponseWriter, status int, body string) {
	(*rw).WriteHeader(status)
	(*rw).Write([]byte(html.EscapeString(body)))
}
