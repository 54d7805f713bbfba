package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	sc.Split(bufio.ScanWords)
	next := func() int {
		sc.Scan()
		v, _ := strconv.Atoi(sc.Text())
		return v
	}
	n, k := next(), next()
	values := make([]int, n)
	for i := range values {
		values[i] = next()
	}
	answer := 0
	for round := 0; round < k; round++ {
		smallest := 0
		for i := range values {
			if values[i] < values[smallest] {
				smallest = i
			}
		}
		answer = values[smallest]
		values = append(values[:smallest], values[smallest+1:]...)
	}
	fmt.Println(answer)
}
