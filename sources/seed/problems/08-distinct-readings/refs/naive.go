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
	distinct := []int{}
	for i := 0; i < n; i++ {
		value := next()
		found := false
		for _, d := range distinct {
			if d == value {
				found = true
				break
			}
		}
		if !found {
			distinct = append(distinct, value)
		}
	}
	fmt.Println(len(distinct))
}
