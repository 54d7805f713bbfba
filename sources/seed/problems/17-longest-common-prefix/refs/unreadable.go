package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	r := bufio.NewReaderSize(os.Stdin, 65536); var n int; fmt.Fscan(r, &n); r.ReadString(10); a := []byte{}
	for { c, e := r.ReadByte(); if e != nil || c == 10 { break }; if c != 13 { a = append(a, c) } }
	k := len(a)
	for i := 1; i < n; i++ { m, g := 0, true; for { c, e := r.ReadByte(); if e != nil || c == 10 { break }; if c == 13 { continue }; if g && m < k && c == a[m] { m++ } else { g = false } }; if m < k { k = m } }
	fmt.Println(k)
}
