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
	seen := map[int]bool{} // only the distinct readings, never the whole log
	for i := 0; i < n; i++ {
		seen[next()] = true
	}
	fmt.Println(len(seen))
}
