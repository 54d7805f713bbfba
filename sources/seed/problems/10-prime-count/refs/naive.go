package main

import "fmt"

func main() {
	var n int
	fmt.Scan(&n)
	count := 0
	for k := 2; k <= n; k++ {
		prime := true
		for d := 2; d*d <= k; d++ {
			if k%d == 0 {
				prime = false
				break
			}
		}
		if prime {
			count++
		}
	}
	fmt.Println(count)
}
