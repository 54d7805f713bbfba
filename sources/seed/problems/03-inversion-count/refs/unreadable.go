package main
import (
	"bufio"
	"fmt"
	"os"
)
func main(){r:=bufio.NewReader(os.Stdin);var n,v,s,i int;var z int64;fmt.Fscan(r,&n);f:=make([]int32,1000001);for k:=0;k<n;k++{fmt.Fscan(r,&v);s=0;for i=v;i>0;i-=i&-i{s+=int(f[i])};z+=int64(k-s);for i=v;i<=1000000;i+=i&-i{f[i]++}};fmt.Println(z)}
