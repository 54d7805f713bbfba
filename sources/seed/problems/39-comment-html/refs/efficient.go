package main

import (
	"bufio"
	"html/template"
	"os"
	"strconv"
	"strings"
)

// html/template escapes every interpolated value for its HTML context.
var page = template.Must(template.New("comments").Parse(
	"<ul>\n{{range .}}<li><b>{{.Author}}</b>: {{.Text}}</li>\n{{end}}</ul>\n"))

type comment struct {
	Author string
	Text   string
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	if !in.Scan() {
		return
	}
	n, _ := strconv.Atoi(strings.TrimSpace(in.Text()))
	comments := make([]comment, 0, n)
	for i := 0; i < n && in.Scan(); i++ {
		author, text, _ := strings.Cut(strings.TrimRight(in.Text(), "\r"), " ")
		comments = append(comments, comment{author, text})
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	if err := page.Execute(out, comments); err != nil {
		panic(err)
	}
}
