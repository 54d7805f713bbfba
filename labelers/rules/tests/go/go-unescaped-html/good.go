package main

import "html/template"

func render(comment string) string {
	return template.HTMLEscapeString(comment)
}

func script() template.JS {
	return template.JS("init();")
}

func renderEscaped(comment string) template.HTML {
	return template.HTML("<p>" + template.HTMLEscapeString(comment) + "</p>")
}
