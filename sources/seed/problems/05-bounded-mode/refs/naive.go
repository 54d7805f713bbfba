package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Split(bufio.ScanWords)
	next := func() int {
		sc.Scan()
		v, _ := strconv.Atoi(sc.Text())
		return v
	}
	n := next()
	readings := make([]int, n)
	top := 0
	for i := range readings {
		readings[i] = next()
		if readings[i] > top {
			top = readings[i]
		}
	}
	best, bestCount := 0, 0
	for value := 0; value <= top; value++ {
		occurrences := 0
		for _, reading := range readings {
			if reading == value {
				occurrences++
			}
		}
		if occurrences > bestCount {
			best, bestCount = value, occurrences
		}
	}
	fmt.Println(best, bestCount)
}
