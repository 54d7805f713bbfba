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
	values := []int64{}
	counts := []int{}
	for i := 0; i < n && sc.Scan(); i++ {
		v, _ := strconv.ParseInt(sc.Text(), 10, 64)
		found := -1
		for j, d := range values {
			if d == v {
				found = j
				break
			}
		}
		if found >= 0 {
			counts[found]++
		} else {
			values = append(values, v)
			counts = append(counts, 1)
		}
	}
	best := 0
	for i := 1; i < len(values); i++ {
		if counts[i] > counts[best] || (counts[i] == counts[best] && values[i] < values[best]) {
			best = i
		}
	}
	fmt.Println(values[best], counts[best])
}
