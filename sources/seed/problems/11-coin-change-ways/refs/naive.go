package main

import (
	"bufio"
	"fmt"
	"os"
)

const mod = 1000000007

func main() {
	reader := bufio.NewReader(os.Stdin)
	var n, amount int
	fmt.Fscan(reader, &n, &amount)
	ways := make([]int64, amount+1)
	ways[0] = 1
	for i := 0; i < n; i++ {
		var coin int
		fmt.Fscan(reader, &coin)
		next := make([]int64, amount+1)
		// use the coin k times for every possible k
		for s := 0; s <= amount; s++ {
			for rest := s; rest >= 0; rest -= coin {
				next[s] = (next[s] + ways[rest]) % mod
			}
		}
		ways = next
	}
	fmt.Println(ways[amount])
}
