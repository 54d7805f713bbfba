package main

import (
	"bufio"
	"fmt"
	"os"
	"path"
	"strconv"
	"strings"
)

const base = "/srv/files"

func resolve(request string) string {
	if strings.HasPrefix(request, "..") {
		return "REJECTED"
	}
	return path.Clean(base + "/" + request)
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Split(bufio.ScanWords)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	if !in.Scan() {
		return
	}
	n, _ := strconv.Atoi(in.Text())
	for i := 0; i < n && in.Scan(); i++ {
		fmt.Fprintln(out, resolve(in.Text()))
	}
}
