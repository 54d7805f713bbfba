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
	n := 0
	if sc.Scan() {
		n, _ = strconv.Atoi(sc.Text())
	}
	distinct := []int64{}
	for i := 0; i < n && sc.Scan(); i++ {
		v, _ := strconv.ParseInt(sc.Text(), 10, 64)
		found := false
		for _, d := range distinct {
			if d == v {
				found = true
				break
			}
		}
		if !found {
			distinct = append(distinct, v)
		}
	}
	fmt.Println(len(distinct))
}
