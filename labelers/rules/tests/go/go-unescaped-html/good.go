package main

import "html/template"

func render(comment string) string {
	return template.HTMLEscapeString(comment)
}
