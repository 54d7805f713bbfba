package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

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
		if k == 0 {
			fmt.Fprintln(out, "SELECT * FROM users;")
			continue
		}
		conditions := make([]string, k)
		for j := range conditions {
			conditions[j] = fmt.Sprintf("%s = '%s'", tokens[1+2*j], tokens[2+2*j])
		}
		fmt.Fprintln(out, fmt.Sprintf("SELECT * FROM users WHERE %s;", strings.Join(conditions, " AND ")))
	}
}
