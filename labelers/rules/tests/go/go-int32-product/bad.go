package main

func line(quantity, price int) int64 {
	return int64(int32(quantity) * int32(price))
}
