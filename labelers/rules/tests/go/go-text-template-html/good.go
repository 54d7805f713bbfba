package main

import "html/template"

var page = template.Must(template.New("p").Parse("<li>{{.Author}}</li>"))
