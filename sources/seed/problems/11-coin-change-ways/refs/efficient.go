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
	ways := make([]int64, amount+1) // ways to pay s with the coins seen so far
	ways[0] = 1
	for i := 0; i < n; i++ {
		var coin int
		fmt.Fscan(reader, &coin)
		for s := coin; s <= amount; s++ {
			ways[s] = (ways[s] + ways[s-coin]) % mod
		}
	}
	fmt.Println(ways[amount])
}
