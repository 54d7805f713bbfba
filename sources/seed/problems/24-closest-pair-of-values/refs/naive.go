package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func main() {
	sc := bufio.NewScanner(bufio.NewReaderSize(os.Stdin, 1<<16))
	sc.Split(bufio.ScanWords)
	sc.Scan()
	n, _ := strconv.Atoi(sc.Text())
	a := make([]int64, n)
	for i := range a {
		sc.Scan()
		a[i], _ = strconv.ParseInt(sc.Text(), 10, 64)
	}
	best := int64(-1)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			d := a[i] - a[j]
			if d < 0 {
				d = -d
			}
			if best < 0 || d < best {
				best = d
			}
		}
	}
	fmt.Println(best)
}
