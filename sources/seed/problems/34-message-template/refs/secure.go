package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

// fill substitutes %s placeholders and %% escapes without interpreting the template as a format.
func fill(template string, fields []string) string {
	var out strings.Builder
	next := 0
	for i := 0; i < len(template); i++ {
		if template[i] == '%' && i+1 < len(template) && template[i+1] == 's' {
			out.WriteString(fields[next])
			next++
			i++
		} else if template[i] == '%' && i+1 < len(template) && template[i+1] == '%' {
			out.WriteByte('%')
			i++
		} else {
			out.WriteByte(template[i])
		}
	}
	return out.String()
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	if !in.Scan() {
		return
	}
	template := strings.TrimRight(in.Text(), "\r")
	in.Scan()
	n, _ := strconv.Atoi(strings.TrimSpace(in.Text()))
	for i := 0; i < n && in.Scan(); i++ {
		out.WriteString(fill(template, strings.Fields(in.Text())) + "\n")
	}
}
