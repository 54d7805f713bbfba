package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func main() {
	s := bufio.NewScanner(bufio.NewReaderSize(os.Stdin, 65536)); s.Buffer(make([]byte, 1048576), 1048576); s.Split(bufio.ScanWords)
	g := func() int64 { s.Scan(); v, _ := strconv.ParseInt(s.Text(), 10, 64); return v }
	n := g(); t := g(); m := map[int64]int64{0: 1}; var p, r int64
	for i := int64(0); i < n; i++ { p += g(); r += m[p-t]; m[p]++ }
	fmt.Println(r)
}
