package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

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
		fmt.Fprintf(out, "Hello, %s!\n", in.Text())
	}
}
