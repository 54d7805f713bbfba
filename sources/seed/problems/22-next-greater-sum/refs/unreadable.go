package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	r := bufio.NewReaderSize(os.Stdin, 65536); var n int; fmt.Fscan(r, &n); a := make([]int64, n)
	for i := range a { fmt.Fscan(r, &a[i]) }
	s := []int64{}; var t int64
	for i := n - 1; i >= 0; i-- { for len(s) > 0 && s[len(s)-1] <= a[i] { s = s[:len(s)-1] }; if len(s) > 0 { t += s[len(s)-1] } else { t-- }; s = append(s, a[i]) }
	fmt.Println(t)
}
