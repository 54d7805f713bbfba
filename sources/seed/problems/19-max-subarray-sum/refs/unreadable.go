package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	r := bufio.NewReaderSize(os.Stdin, 65536); var n, b, e int64; k := -1
	for {
		var x, g int64 = 0, 1; c, err := r.ReadByte()
		for err == nil && c != 45 && (c < 48 || c > 57) { c, err = r.ReadByte() }
		if err != nil { break }
		if c == 45 { g = -1; c, err = r.ReadByte() }
		for err == nil && c > 47 && c < 58 { x = x*10 + int64(c-48); c, err = r.ReadByte() }
		x *= g
		if k < 0 { n = x; k = 0; continue }
		if e+x > x { e += x } else { e = x }
		if k == 0 || e > b { b = e }; k++
		if int64(k) == n { break }
	}
	fmt.Println(b)
}
