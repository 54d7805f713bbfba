package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	var s string; fmt.Fscan(bufio.NewReaderSize(os.Stdin, 65536), &s); m := 2*len(s) + 1; t := make([]byte, m)
	for i := range t { t[i] = 35; if i%2 == 1 { t[i] = s[i/2] } }
	p := make([]int, m); c, q, b := 0, 0, 0
	for i := 0; i < m; i++ { r := 0; if i < q { r = p[2*c-i]; if q-i < r { r = q - i } }; for i-r > 0 && i+r+1 < m && t[i-r-1] == t[i+r+1] { r++ }; p[i] = r; if i+r > q { c, q = i, i+r }; if r > b { b = r } }
	fmt.Println(b)
}
