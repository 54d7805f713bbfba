package main

import "fmt"

func main() {
	var n int
	fmt.Scan(&n)
	count := 0
	if n >= 2 {
		composite := make([]bool, n+1)
		for p := 2; p*p <= n; p++ {
			if !composite[p] {
				for m := p * p; m <= n; m += p {
					composite[m] = true
				}
			}
		}
		for k := 2; k <= n; k++ {
			if !composite[k] {
				count++
			}
		}
	}
	fmt.Println(count)
}
