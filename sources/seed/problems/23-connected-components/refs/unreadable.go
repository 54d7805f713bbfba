package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func main() {
	s := bufio.NewScanner(bufio.NewReaderSize(os.Stdin, 65536)); s.Split(bufio.ScanWords)
	g := func() int { s.Scan(); v, _ := strconv.Atoi(s.Text()); return v }
	n, m := g(), g(); p := make([]int, n+1); c := n
	for i := range p { p[i] = i }
	for i := 0; i < m; i++ { a, b := g(), g(); for p[a] != a { p[a] = p[p[a]]; a = p[a] }; for p[b] != b { p[b] = p[p[b]]; b = p[b] }; if a != b { p[b] = a; c-- } }
	fmt.Println(c)
}
