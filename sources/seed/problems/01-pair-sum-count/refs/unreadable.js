const d=require('fs').readFileSync(0,'utf8').split(/\s+/).filter(Boolean).map(Number);let m=new Map(),r=0;
for(let i=2;i<2+d[0];i++){r+=m.get(d[1]-d[i])||0;m.set(d[i],(m.get(d[i])||0)+1)}console.log(''+r)
