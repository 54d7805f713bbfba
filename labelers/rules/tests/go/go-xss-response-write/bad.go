package main

import (
	"fmt"
	"net/http"
)

func greet(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	w.Write([]byte(fmt.Sprintf("<h1>Hello, %s</h1>", name)))
}

func hello(c echo.Context) error {
	name := c.QueryParam("name")
	return c.HTML(http.StatusOK, "<b>"+name+"</b>")
}
