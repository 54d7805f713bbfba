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
	template := strings.TrimRight(in.Text(), "\r")
	in.Scan()
	n, _ := strconv.Atoi(strings.TrimSpace(in.Text()))
	for i := 0; i < n && in.Scan(); i++ {
		fields := strings.Fields(in.Text())
		args := make([]interface{}, len(fields))
		for j, field := range fields {
			args[j] = field
		}
		fmt.Fprintln(out, fmt.Sprintf(template, args...))
	}
}
