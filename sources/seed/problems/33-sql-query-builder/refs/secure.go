package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

var columns = map[string]bool{"id": true, "name": true, "email": true, "role": true, "city": true, "status": true}

// quoteLiteral writes value as a SQL string literal: quoted, with embedded quotes doubled.
func quoteLiteral(value string) string {
	return "'" + strings.ReplaceAll(value, "'", "''") + "'"
}

// buildQuery appends only allow-listed column names and escaped literals to the fixed statement text.
func buildQuery(pairs [][2]string) string {
	var query strings.Builder
	query.WriteString("SELECT * FROM users")
	for i, pair := range pairs {
		if !columns[pair[0]] {
			return "INVALID"
		}
		if i == 0 {
			query.WriteString(" WHERE ")
		} else {
			query.WriteString(" AND ")
		}
		query.WriteString(pair[0])
		query.WriteString(" = ")
		query.WriteString(quoteLiteral(pair[1]))
	}
	query.WriteString(";")
	return query.String()
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	if !in.Scan() {
		return
	}
	n, _ := strconv.Atoi(strings.TrimSpace(in.Text()))
	for i := 0; i < n && in.Scan(); i++ {
		tokens := strings.Fields(in.Text())
		k, _ := strconv.Atoi(tokens[0])
		pairs := make([][2]string, k)
		for j := range pairs {
			pairs[j] = [2]string{tokens[1+2*j], tokens[2+2*j]}
		}
		fmt.Fprintln(out, buildQuery(pairs))
	}
}
