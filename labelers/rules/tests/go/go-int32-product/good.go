package main

func line(quantity, price int) int64 {
	return int64(quantity) * int64(price)
}
