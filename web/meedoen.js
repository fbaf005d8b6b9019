/* The participant page's little script (web/meedoen.py): sends forms as JSON requests, keeps
   'what is open now' live over server-sent events, fetches the shown results. The page works without it. */
(function(){
var cfg=JSON.parse(document.body.dataset.cfg||'{}'),j=cfg.j,st=document.getElementById('live'),last=0,timer=null;
function note(sec,text,ok){var n=sec.querySelector('.note');n.className='note '+(ok?'ok':'err');n.textContent=text;}
function votes(f){var b=f.querySelectorAll('input[name=p]'),n=0;b.forEach(function(x){if(x.checked)n++;});
 b.forEach(function(x){x.disabled=!x.checked&&n>=cfg.votes;});}
document.querySelectorAll('select[data-journeys]').forEach(function(s){var f=s.form;
 function show(){f.querySelectorAll('fieldset[data-journey]').forEach(function(x){x.hidden=x.dataset.journey!==s.value;
  if(x.hidden)x.querySelectorAll('input').forEach(function(i){i.checked=false;});});}
 s.addEventListener('change',show);show();});
document.querySelectorAll('form[data-kind=stem]').forEach(function(f){f.addEventListener('change',function(){votes(f);});});
document.querySelectorAll('form[data-send]').forEach(function(f){f.addEventListener('submit',function(ev){
 ev.preventDefault();var sec=f.closest('section'),btn=f.querySelector('button');
 var body=new URLSearchParams(new FormData(f));
 if(f.dataset.kind){var a=document.getElementById('over');if(a){body.set('name',a.elements.name.value);
  var r=a.querySelector('input[name=role]:checked');if(r)body.set('role',r.value);}}
 btn.disabled=true;
 fetch(f.action,{method:'POST',body:body,headers:{'Accept':'application/json'},credentials:'same-origin'})
 .then(function(r){return r.json();}).then(function(d){note(sec,d.message,d.ok);
  if(d.ok&&f.dataset.kind){f.reset();votes(f);
  f.querySelectorAll('select[data-journeys]').forEach(function(s){s.dispatchEvent(new Event('change'));});}if(d.mine!==undefined)document.getElementById('mine').innerHTML=d.mine;})
 .catch(function(){note(sec,cfg.failed,false);}).then(function(){btn.disabled=false;});
});});
function results(on){var box=document.getElementById('results');if(!on){box.hidden=true;box.innerHTML='';return;}
 var now=Date.now();if(now-last<cfg.every){if(!timer)timer=setTimeout(function(){timer=null;results(true);},cfg.every);return;}
 last=now;fetch('/meedoen/resultaten?j='+encodeURIComponent(j),{credentials:'same-origin'}).then(function(r){return r.ok?r.text():'';})
 .then(function(h){box.innerHTML=h;box.hidden=!h;});}
if(!j||!window.EventSource)return;
var es=new EventSource('/meedoen/events?j='+encodeURIComponent(j));
es.onmessage=function(m){var s=JSON.parse(m.data);st.textContent='';
 if(s.closed){document.querySelectorAll('section[data-kind],#over-card').forEach(function(x){x.hidden=true;});
  document.getElementById('closed').hidden=false;es.close();return;}
 var any=false;document.querySelectorAll('section[data-kind]').forEach(function(x){var on=s.open.indexOf(x.dataset.kind)>=0;
  x.hidden=!on;any=any||on;});document.getElementById('nothing').hidden=any;results(s.results);};
es.onerror=function(){st.textContent=cfg.offline;};
})();
