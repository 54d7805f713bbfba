package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

// isValidHandle makes one left-to-right pass: word characters, single separators, no separator at either end.
func isValidHandle(handle string) bool {
	previousWasSeparator := true // a handle may not start with a separator
	for i := 0; i < len(handle); i++ {
		c := handle[i]
		switch {
		case (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'):
			previousWasSeparator = false
		case (c == '.' || c == '-') && !previousWasSeparator:
			previousWasSeparator = true
		default:
			return false
		}
	}
	return len(handle) > 0 && !previousWasSeparator
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
		if isValidHandle(in.Text()) {
			fmt.Fprintln(out, "OK")
		} else {
			fmt.Fprintln(out, "BAD")
		}
	}
}
