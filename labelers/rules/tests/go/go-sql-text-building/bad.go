package main

import "fmt"

func query(id int) string {
	return fmt.Sprintf("SELECT * FROM likes WHERE id = %d", id)
}
