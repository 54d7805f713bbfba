package main

import "fmt"

func fill(template string, args []interface{}) string {
	return fmt.Sprintf(template, args...)
}
