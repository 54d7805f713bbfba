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

// resolve normalises first, then checks containment on whole path components.
func resolve(request string) string {
	cleaned := path.Clean(base + "/" + request)
	if cleaned == base || strings.HasPrefix(cleaned, base+"/") {
		return cleaned
	}
	return "REJECTED"
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
