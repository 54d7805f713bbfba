package main

import "html/template"

func render(comment string) template.HTML {
	return template.HTML(comment)
}

func script(code string) template.JS {
	return template.JS(code)
}
