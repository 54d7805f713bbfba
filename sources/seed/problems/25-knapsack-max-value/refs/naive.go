package main

import (
	"bufio"
	"fmt"
	"os"
)

var n int
var weights, values []int64

// best tries both leaving item i out and putting it in.
func best(i int, room int64) int64 {
	if i == n {
		return 0
	}
	result := best(i+1, room)
	if weights[i] <= room {
		if with := values[i] + best(i+1, room-weights[i]); with > result {
			result = with
		}
	}
	return result
}

func main() {
	reader := bufio.NewReader(os.Stdin)
	var capacity int64
	fmt.Fscan(reader, &n, &capacity)
	weights = make([]int64, n)
	values = make([]int64, n)
	for i := 0; i < n; i++ {
		fmt.Fscan(reader, &weights[i], &values[i])
	}
	fmt.Println(best(0, capacity))
}
