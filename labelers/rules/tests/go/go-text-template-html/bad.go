package main

import "text/template"

var page = template.Must(template.New("p").Parse("<li>{{.Author}}</li>"))
