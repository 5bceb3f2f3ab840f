# End-to-end cases. e2e(NAME checks... -- ipsfid ARGS...): see check.sh.

# --- the examples score to the totals and levels stated in their headers
e2e(score.riverside --json "d['total']==121 and d['level']['id']=='exemplary' and d['next_level'] is None"
    -- ipsfid score examples/riverside-exemplary.yaml --format json)
e2e(score.northgate --json "d['total']==104 and d['level']['id']=='good' and d['next_level']=={'id':'exemplary','label':'Exemplary fidelity','points_needed':11}"
    --json "[i['score'] for i in d['items']]==[4,4,5,5,4,4,5,4,4,4,3,3,4,4,4,4,4,4,5,4,5,5,4,4,4]"
    -- ipsfid score examples/northgate-good.yaml --format json)
e2e(score.lakeside --json "d['total']==79 and d['level']['id']=='fair' and d['next_level']['points_needed']==21"
    --json "[i['score'] for i in d['items']]==[3,3,4,3,2,4,3,3,3,2,2,2,3,4,3,4,2,3,4,4,4,4,3,3,4]"
    --json "d['next_review_due']=='2026-12-18'"
    -- ipsfid score examples/lakeside-fair.yaml --format json)
e2e(score.harbour --json "d['total']==40 and d['level']['id']=='not-supported' and d['review']['kind']=='self-assessment'"
    --json "[i['score'] for i in d['items']]==[2,1,2,1,1,2,2,2,1,1,2,2,2,2,2,2,1,2,2,1,1,2,2,1,1]"
    -- ipsfid score examples/harbour-not-ips.yaml --format json)
e2e(score.json-shape
    --json "list(d)==['rubric','review','total','max','level','next_level','next_review_due','sections','principles','items','next_level_steps','warnings']"
    --json "list(d['principles'][0])==['id','label','items','score','max','mean','gap']"
    --json "[k for k in d['items'][0]][:8]==['id','number','name','section','principle','score','source','gap']"
    --json "sorted(set(i['source'] for i in d['items']))==['components','measure','rated','specialists']"
    --json "[p['mean'] for p in d['principles']]==[4.0,4.0,4.33,4.25,3.0,4.0,4.25,4.5]"
    -- ipsfid score examples/northgate-good.yaml --format json)
e2e(score.several-give-an-array --json "[r['total'] for r in d]==[40,79,104,121,109]"
    -- ipsfid score examples --format json)
e2e(score.stdin --stdin ${PROJECT_SOURCE_DIR}/examples/lakeside-fair.yaml
    --json "d['total']==79 and d['review']['file']=='<stdin>'"
    -- ipsfid score - --format json)
e2e(score.text --stdout-golden tests/e2e/golden/lakeside-fair.txt
    -- ipsfid score examples/lakeside-fair.yaml)
e2e(score.markdown --stdout-golden tests/e2e/golden/lakeside-fair.md
    -- ipsfid score examples/lakeside-fair.yaml --format markdown)
e2e(score.text-no-color-when-piped --ansi no --stdout-has "79 of 125  Fair fidelity (74-99)"
    -- ipsfid score examples/lakeside-fair.yaml --color auto)
add_test(NAME e2e.score.color-on-a-terminal
         COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/e2e/color_check.py $<TARGET_FILE:ipsfid> examples/lakeside-fair.yaml
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
e2e(score.color-always --ansi yes
    -- ipsfid score examples/lakeside-fair.yaml --color always)
e2e(score.other-rubric --json "d['total']==5 and d['max']==6 and d['level']['id']=='high'"
    --json "[i['score'] for i in d['items']]==[2,3]"
    -- ipsfid score tests/fixtures/reviews/mini-review.yaml --rubric tests/fixtures/rubrics/mini.yaml --format json)
e2e(score.warning-kept --json "d['total']==101 and d['warnings'][0]['rule']=='score-disagrees'"
    --findings tests/fixtures/reviews/score-disagrees.yaml
    -- ipsfid score tests/fixtures/reviews/score-disagrees.yaml --format json)

# --- every invalid review is refused with its located findings, exit 1, no report
file(GLOB invalid_reviews RELATIVE ${PROJECT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/tests/fixtures/reviews/*.yaml)
foreach(review ${invalid_reviews})
  get_filename_component(name ${review} NAME_WE)
  if(name MATCHES "^(valid|mini|score-disagrees|future-date|lint-missing-)")
    continue()
  endif()
  e2e(invalid.${name} --exit 1 --stdout-empty --findings ${review} -- ipsfid score ${review} --format json)
endforeach()
e2e(invalid.valid-files-still-scored --exit 1
    --json "[r['total'] for r in d]==[100,100]"
    -- ipsfid score tests/fixtures/reviews/valid-all-fours.yaml tests/fixtures/reviews/bad-score-range.yaml
       tests/fixtures/reviews/valid-numbers-and-forms.yaml --format json)
e2e(invalid.unreadable --exit 1 --stderr-has "tests/no-such-file.yaml:1:1: error: cannot read file: No such file or directory [file-unreadable]"
    -- ipsfid score tests/no-such-file.yaml)
e2e(invalid.empty --exit 1 --stderr-has "empty.yaml:1:1: error: the file is empty [empty-file]"
    -- ipsfid score tests/fixtures/empty.yaml)
e2e(invalid.broken-rubric --exit 1 --stderr-has "[band-coverage]" --stderr-has "cannot be used"
    -- ipsfid score examples/lakeside-fair.yaml --rubric tests/fixtures/rubrics/broken-bands.yaml)

# --- the command line
e2e(cli.help --stdout-has "score" -- ipsfid --help)
e2e(cli.score-help --stdout-has "--rubric" --stdout-has "--format" -- ipsfid score --help)
e2e(cli.version --stdout-has "ipsfid 0.1.0" -- ipsfid --version)
e2e(cli.unknown-command --exit 2 --stderr-has "did you mean 'score'?" -- ipsfid scroe examples)
e2e(cli.no-command --exit 2 -- ipsfid)
e2e(cli.bad-format --exit 2 -- ipsfid score examples/lakeside-fair.yaml --format pdf)
e2e(cli.no-review --exit 2 -- ipsfid score)
e2e(cli.output-file-not-over-input --exit 2 --stderr-has "refusing"
    -- ipsfid score examples/lakeside-fair.yaml -o examples/lakeside-fair.yaml)

# --- file-level rules apply to score as well
file(GLOB file_fixtures RELATIVE ${PROJECT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/tests/fixtures/files/*.yaml)
foreach(fixture ${file_fixtures})
  get_filename_component(name ${fixture} NAME_WE)
  if(NOT name STREQUAL "rule-unknown-kind")
    e2e(invalid.${name} --exit 1 --stdout-empty --findings ${fixture} -- ipsfid score ${fixture})
  endif()
endforeach()

# --- lint: every rule has a fixture stating its findings (rule, line, column)
file(GLOB lint_fixtures RELATIVE ${PROJECT_SOURCE_DIR}
     ${PROJECT_SOURCE_DIR}/tests/fixtures/files/*.yaml
     ${PROJECT_SOURCE_DIR}/tests/fixtures/rubrics/rule-*.yaml
     ${PROJECT_SOURCE_DIR}/tests/fixtures/reviews/*.yaml)
foreach(fixture ${lint_fixtures})
  get_filename_component(name ${fixture} NAME_WE)
  get_filename_component(folder ${fixture} DIRECTORY)
  get_filename_component(folder ${folder} NAME)
  if(name MATCHES "^(valid|mini|not-a-review)")
    continue()
  endif()
  set(expect_exit 1)
  if(name MATCHES "^(score-disagrees|future-date|lint-missing-evidence|lint-missing-rationale)$")
    set(expect_exit 0)
  endif()
  set(ignore --ignore-rule missing-evidence)
  if(name STREQUAL "lint-missing-evidence")
    set(ignore "")
  endif()
  e2e(lint.${folder}.${name} --exit ${expect_exit} --findings ${fixture} ${ignore} -- ipsfid lint ${fixture})
endforeach()
e2e(lint.not-a-review --exit 1 --stdout-has "not-a-review.yaml:3:1: error: this is neither a rubric" -- ipsfid lint tests/fixtures/reviews/not-a-review.yaml)

# --- lint: the project's own files are clean, strictly
e2e(lint.project-files-clean --stdout-has "7 files checked: 0 errors, 0 warnings."
    -- ipsfid lint --strict examples rubrics tests/fixtures/rubrics/mini.yaml)
e2e(lint.valid-with-warnings-passes --stdout-has "0 errors, 2 warnings" -- ipsfid lint tests/fixtures/reviews/lint-missing-evidence.yaml)
e2e(lint.strict-fails-on-warnings --exit 1 -- ipsfid lint --strict tests/fixtures/reviews/lint-missing-evidence.yaml)
e2e(lint.review-checked-against-rubric-of-the-run --stdout-has "2 files checked: 0 errors, 0 warnings."
    -- ipsfid lint tests/fixtures/rubrics/mini.yaml tests/fixtures/reviews/mini-review.yaml)
e2e(lint.review-of-a-broken-rubric --exit 1 --stdout-has "fix it to check this review"
    -- ipsfid lint tests/fixtures/rubrics/broken-bands.yaml tests/fixtures/reviews/mini-review.yaml)
e2e(lint.rubric-option --stdout-has "1 file checked: 0 errors"
    -- ipsfid lint --rubric tests/fixtures/rubrics/mini.yaml tests/fixtures/reviews/mini-review.yaml)
e2e(lint.stdin --stdin ${PROJECT_SOURCE_DIR}/tests/fixtures/reviews/bad-score-range.yaml --exit 1
    --stdout-has "<stdin>:7:18: error: the score of item 'caseload-size'" -- ipsfid lint -)
e2e(lint.directory-sorted-and-recursive
    --json "[f['path'] for f in d['files']]==sorted(f['path'] for f in d['files']) and len(d['files'])>=15"
    --json "all(f['path'].startswith('tests/fixtures/rubrics/') for f in d['files'])"
    --exit 1 -- ipsfid lint tests/fixtures/rubrics/ --format json)
e2e(lint.missing-path-is-a-finding --exit 1 --stdout-has "tests/none.yaml:1:1: error: cannot read file"
    -- ipsfid lint tests/none.yaml examples/lakeside-fair.yaml)
e2e(lint.json-schema --exit 1
    --json "d['schema']=='ipsfid-lint/1' and list(d)==['schema','strict','files','summary']"
    --json "list(d['files'][0])==['path','kind','errors','warnings','findings']"
    --json "d['files'][0]['findings'][0]=={'line':7,'column':18,'severity':'error','rule':'bad-score','message':\"the score of item 'caseload-size' must be a whole number from 1 to 5, not '7'\"}"
    --json "d['summary']=={'files':2,'files_with_errors':1,'errors':1,'warnings':0}"
    --json "[f['kind'] for f in d['files']]==['review','rubric']"
    -- ipsfid lint tests/fixtures/reviews/bad-score-range.yaml tests/fixtures/rubrics/mini.yaml --format json)
e2e(lint.github --exit 1
    --stdout-has "::error file=tests/fixtures/reviews/bad-score-range.yaml,line=7,col=18,title=bad-score::the score of item 'caseload-size' must be a whole number from 1 to 5, not '7'"
    --stdout-has "::warning file=tests/fixtures/reviews/score-disagrees.yaml,line=8,col=12,title=score-disagrees::"
    -- ipsfid lint tests/fixtures/reviews/bad-score-range.yaml tests/fixtures/reviews/score-disagrees.yaml --format github)
e2e(lint.junit --exit 1
    --stdout-has "<testcase name=\"bad-score\" classname=\"ipsfid.lint.review\">"
    --stdout-has "<failure type=\"bad-score\" message=\"1 finding\">"
    -- ipsfid lint tests/fixtures/reviews/bad-score-range.yaml tests/fixtures/rubrics/mini.yaml --format junit)
add_test(NAME e2e.lint.junit-well-formed
         COMMAND bash -c "$<TARGET_FILE:ipsfid> lint tests/fixtures --format junit > \"$0\"; python3 ${CMAKE_CURRENT_SOURCE_DIR}/e2e/junit_check.py \"$0\"" ${CMAKE_CURRENT_BINARY_DIR}/lint-junit.xml
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
foreach(format text json github junit)
  e2e(lint.jobs-identical-${format} --exit 1
      --same-as-stdout-of "lint tests/fixtures examples rubrics --format ${format} -j 1"
      -- ipsfid lint tests/fixtures examples rubrics --format ${format} -j 2)
endforeach()

# --- batch: a mixed tree (valid, invalid, nested folders, a formula site name)
# tests/fixtures/batch holds six *.yaml/*.yml files (and a .txt that is not
# read): site A at 75 then 100, site B at 123, a formula-named site at 50, an
# empty file and a review with a score of 9.
set(tree tests/fixtures/batch)
e2e(batch.csv --exit 1
    --py "len(rows)==7 and all(len(r)==42 for r in rows)"
    --py "[r[0] for r in rows[1:]]==['${tree}/empty.yml','${tree}/formula.yaml','${tree}/north/2025-site-a.yaml','${tree}/north/2026-site-a.yaml','${tree}/south/deep/site-c-broken.yaml','${tree}/south/site-b.yaml']"
    --py "[r[1] for r in rows[1:]]==['invalid','ok','ok','ok','invalid','ok']"
    --py "[r[6] for r in rows[1:]]==['','50','75','100','','123']"
    --py "[r[7] for r in rows[1:]]==['','not-supported','fair','good','','exemplary']"
    --py "[r[8] for r in rows[1:]]==['','2026-08-01','2026-03-01','2027-03-01','','2027-05-01']"
    --py "rows[0][:10]==['file','status','message','site','date','kind','total','level','next_review_due','competitive-employment'] and rows[0][-1]=='assertive-outreach'"
    --py "rows[6][rows[0].index('worker-preferences')]=='4.75' and rows[6][rows[0].index('disclosure')]=='4'"
    --py "rows[5][2]=='${tree}/south/deep/site-c-broken.yaml:12:20: the score of item \\'vocational-unit\\' must be a whole number from 1 to 5, not \\'9\\''"
    --py "rows[2][3]=='\\'=HYPERLINK(\"http://x\", \"click\"), Inc'"
    --py "out.count('\\r\\n')==7 and '\"\\'=HYPERLINK(\"\"http://x\"\", \"\"click\"\"), Inc\"' in out"
    --stderr-has "${tree}/empty.yml:1:1: error: the file is empty [empty-file]"
    --stderr-has "${tree}/south/deep/site-c-broken.yaml:12:20: error:"
    -- ipsfid batch ${tree} --format csv)
e2e(batch.jsonl --exit 1
    --py "[json.loads(l)['status'] for l in out.splitlines()]==['invalid','ok','ok','ok','invalid','ok']"
    --py "json.loads(out.splitlines()[0])=={'file':'${tree}/empty.yml','status':'invalid','errors':[{'line':1,'column':1,'rule':'empty-file','message':'the file is empty'}]}"
    --py "[json.loads(l).get('total') for l in out.splitlines()]==[None,50,75,100,None,123]"
    --py "list(json.loads(out.splitlines()[1]))[:4]==['status','rubric','review','total']"
    -- ipsfid batch ${tree} --format jsonl)
e2e(batch.json-rollup --exit 1
    --json "len(d['reviews'])==6 and [r['status'] for r in d['reviews']]==['invalid','ok','ok','ok','invalid','ok']"
    --json "d['rollup']['reviews']==4 and d['rollup']['invalid']==2"
    --json "[(l['id'],l['count']) for l in d['rollup']['levels']]==[('not-supported',1),('fair',1),('good',1),('exemplary',1)]"
    --json "d['rollup']['total']=={'mean':87.0,'median':87.5}"
    --json "d['rollup']['weakest_items'][:2]==['work-incentives-planning','disclosure']"
    --json "[(i['mean'],i['share_at_max']) for i in d['rollup']['items'] if i['number'] in (1,12)]==[(3.5,0.25),(3.25,0.0)]"
    --json "[p['mean'] for p in d['rollup']['principles'] if p['id']=='worker-preferences']==[3.44]"
    --json "d['rollup']['trends']==[{'site':'Site A','previous':{'date':'2025-09-01','total':75,'level':'fair'},'latest':{'date':'2026-03-01','total':100,'level':'good'},'change':25}]"
    --json "[(x['site'],x['next_review_due'],x['overdue']) for x in d['rollup']['due']]==[('=HYPERLINK(\"http://x\", \"click\"), Inc','2026-08-01',True),('Site A','2027-03-01',False),('Site B','2027-05-01',False)]"
    --json "d['rollup']['as_of']=='2026-11-22'"
    -- ipsfid batch ${tree} --format json --as-of 2026-11-22)
e2e(batch.text --exit 1
    --stdout-has "      -  invalid        ${tree}/empty.yml:1:1: the file is empty"
    --stdout-has "    100  good           2026-03-01  2027-03-01  Site A (${tree}/north/2026-site-a.yaml)"
    --stdout-has "4 reviews scored, 2 invalid files not counted."
    --stdout-has "Total: mean 87.00, median 87.50."
    --stdout-has "    +25  75 (fair, 2025-09-01)"
    --stdout-has "2026-08-01  overdue"
    -- ipsfid batch ${tree} --as-of 2026-11-22)
e2e(batch.markdown --exit 1
    --stdout-has "| ${tree}/north/2025-site-a.yaml | ok | Site A | 2025-09-01 | 75 | Fair fidelity | 2026-03-01 |"
    --stdout-has "## Roll-up"
    --stdout-has "| \\+25 | 75 (fair, 2025-09-01) | 100 (good, 2026-03-01) | Site A |"
    -- ipsfid batch ${tree} --format markdown --as-of 2026-11-22)
e2e(batch.stdin-list --stdin ${PROJECT_SOURCE_DIR}/tests/fixtures/batch-list.txt
    --py "[r[6] for r in rows[1:]]==['121','40','100']"
    -- ipsfid batch - --format csv)
e2e(batch.all-valid-exit-0 --py "len(rows)==6" -- ipsfid batch examples --format csv)
e2e(batch.missing-file-kept --exit 1 --py "[r[1] for r in rows[1:]]==['invalid','ok']"
    -- ipsfid batch tests/none.yaml examples/lakeside-fair.yaml --format csv)
foreach(format csv jsonl json markdown text)
  e2e(batch.jobs-identical-${format} --exit 1
      --same-as-stdout-of "batch tests/fixtures examples --format ${format} --as-of 2026-11-22 -j 1"
      -- ipsfid batch tests/fixtures examples --format ${format} --as-of 2026-11-22 -j 2)
endforeach()
e2e(batch.output-not-over-input --exit 2 --stderr-has "refusing to write the report over the input examples/lakeside-fair.yaml"
    -- ipsfid batch examples --format csv -o examples/lakeside-fair.yaml)
e2e(batch.examples-intact-after-refusal --json "d['total']==79"
    -- ipsfid score examples/lakeside-fair.yaml --format json)

# --- the reviewer's workflow: template, explain, rubric, agree, compare
set(agree tests/fixtures/agree)
e2e(template.header --stdout-has "site: \"Eastside\"" --stdout-has "date: 2026-05-01" --stdout-has "  # 13. Disclosure [disclosure]"
    --stdout-has "  #   no-requirement: No one has to disclose" --stdout-has "    score: ~"
    -- ipsfid template --site Eastside --date 2026-05-01)
add_test(NAME e2e.template.roundtrip-every-rubric
         COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/e2e/roundtrip.py $<TARGET_FILE:ipsfid> template
                 rubrics/ips-25.yaml tests/fixtures/rubrics/mini.yaml
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
e2e(template.bad-date --exit 2 -- ipsfid template --date 2026-02-30)
e2e(explain.item --stdout-has "13. Disclosure [disclosure]" --stdout-has "0 → 1, 1 → 2, 2 → 3, 3 → 4, 4 → 5"
    --stdout-has "  revisited: Disclosure is discussed again" -- ipsfid explain 13)
e2e(explain.measure --stdout-has "Bands: 5: up to 20" --stdout-has "3: above 25 up to 30" --stdout-has "1: above 40."
    -- ipsfid explain caseload-size)
e2e(explain.principle --stdout-has "  13  Disclosure [disclosure, checklist]" --stdout-has "  20  Diversity of employers"
    -- ipsfid explain worker-preferences)
e2e(explain.json --json "d['kind']=='item' and d['id']=='rapid-search' and d['number']==15 and d['type']=='measure'"
    --json "d['measure']['bands'][0]=={'score':5,'to':30.0} and list(d['anchors'])==['5','4','3','2','1']"
    -- ipsfid explain 15 --format json)
e2e(explain.unknown --exit 2 --stderr-has "did you mean 'disclosure'?" -- ipsfid explain disclosur)
e2e(rubric.text --stdout-has "  115-125  Exemplary fidelity (next review after 12 months)"
    --stdout-has "Systematic job development [job-development]: items 7, 17, 18, 24"
    --stdout-has "   1  measure    Caseload size [caseload-size]" -- ipsfid rubric)
e2e(rubric.json --json "len(d['items'])==25 and [p['items'] for p in d['principles'] if p['id']=='zero-exclusion']==[['zero-exclusion-criteria','assertive-outreach']]"
    --json "d['scale']=={'min':1,'max':5} and [l['id'] for l in d['levels']]==['not-supported','fair','good','exemplary']"
    -- ipsfid rubric --format json)
e2e(rubric.markdown --stdout-has "| 115-125 | Exemplary fidelity | after 12 months |" --stdout-has "### 25. Assertive engagement"
    -- ipsfid rubric --format markdown)
e2e(rubric.one-item --stdout-has "Rubric one, 1. 1 item scored 1 to 3"
    -- ipsfid rubric --rubric tests/fixtures/rubrics/one-item.yaml)
e2e(rubric.one-item-sv --stdout-has "Skala one, 1. 1 punkt med poäng från 1 till 3"
    -- ipsfid rubric --rubric tests/fixtures/rubrics/one-item.yaml --lang sv)
e2e(agree.two-raters
    --json "d['agreement']=={'exact':0.8,'within_one':0.92,'weighted_kappa':0.6634,'fleiss_kappa':None,'mean_pairwise':0.8}"
    --json "[(i['number'],i['scores'],i['spread'],i['major']) for i in d['items'] if i['needs_consensus']]==[(3,[3,4],1,False),(5,[2,4],2,True),(9,[5,4],1,False),(17,[2,3],1,False),(24,[3,5],2,True)]"
    --json "[r['name'] for r in d['raters']]==['A. Berg','O. Lind']"
    -- ipsfid agree ${agree}/rater-a.yaml ${agree}/rater-b.yaml --format json)
e2e(agree.three-raters
    --json "d['agreement']=={'exact':0.76,'within_one':0.92,'weighted_kappa':None,'fleiss_kappa':0.7221,'mean_pairwise':0.8267}"
    --json "[i['pairwise_agreement'] for i in d['items'] if i['number'] in (1,5,10)]==[1.0,0.0,0.3333]"
    -- ipsfid agree ${agree}/rater-a.yaml ${agree}/rater-b.yaml ${agree}/rater-c.yaml --format json)
e2e(agree.text --stdout-has "  Exact agreement       20 of 25 items (80%)" --stdout-has "  Weighted kappa        0.66"
    --stdout-has "    5   2  4     2 !  Integration of rehabilitation"
    -- ipsfid agree ${agree}/rater-a.yaml ${agree}/rater-b.yaml)
e2e(agree.needs-two --exit 2 -- ipsfid agree ${agree}/rater-a.yaml)
e2e(agree.invalid-rater --exit 1 --stderr-has "[bad-score]"
    -- ipsfid agree ${agree}/rater-a.yaml tests/fixtures/reviews/bad-score-range.yaml)
add_test(NAME e2e.agree.consensus-roundtrip
         COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/e2e/roundtrip.py $<TARGET_FILE:ipsfid> consensus
                 ${agree}/rater-a.yaml ${agree}/rater-b.yaml
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set(east tests/fixtures/compare)
e2e(compare.json
    --json "d['total']=={'old':87,'new':100,'change':13} and d['level']=={'old':'fair','new':'good'}"
    --json "[(i['number'],i['change'],i['flag']) for i in d['items'] if i['change']<0]==[(2,-1,None),(9,-1,'lowered-without-rationale')]"
    --json "sum(1 for i in d['items'] if i['change']>0)==9 and len(d['items'])==25"
    --json "[p for p in d['principles'] if p['id']=='benefits-planning']==[{'id':'benefits-planning','label':'Personal benefits and work incentives planning','old':2.0,'new':4.0,'change':2.0}]"
    -- ipsfid compare ${east}/eastside-2025.yaml ${east}/eastside-2026.yaml --format json)
e2e(compare.text --stdout-has "  Total  87 -> 100  (+13)" --stdout-has "  Level  Fair fidelity -> Good fidelity"
    --stdout-has "    9    5    4      -1  ! Zero exclusion criteria" --stdout-has "1 item went down without a rationale"
    -- ipsfid compare ${east}/eastside-2025.yaml ${east}/eastside-2026.yaml)
e2e(compare.markdown --stdout-has "| 9 | Zero exclusion criteria | 5 | 4 | -1 | **lowered without a rationale** |"
    -- ipsfid compare ${east}/eastside-2025.yaml ${east}/eastside-2026.yaml --format markdown)
e2e(compare.order-warning --stderr-has "is dated before OLD"
    -- ipsfid compare ${east}/eastside-2026.yaml ${east}/eastside-2025.yaml)
e2e(score.action-plan --stdout-has "Action plan: the gaps, most severe first" --stdout-has "Action plan: to reach Good fidelity"
    -- ipsfid score examples/lakeside-fair.yaml)

# --- Swedish
set(sv examples/solbacken-sv.yaml)
e2e(sv.score-text --stdout-golden tests/e2e/golden/solbacken-sv.txt -- ipsfid score ${sv} --lang sv)
e2e(sv.score-markdown --stdout-golden tests/e2e/golden/solbacken-sv.md -- ipsfid score ${sv} --lang sv --format markdown)
e2e(sv.example-totals --json "d['total']==109 and d['level']['id']=='good' and d['level']['label']=='God programtrohet'"
    --json "[i['score'] for i in d['items']]==[4,5,5,4,4,4,5,5,5,4,3,4,4,5,4,5,4,4,4,5,5,5,4,4,4]"
    -- ipsfid score ${sv} --format json --lang sv)
e2e(sv.json-keeps-point-and-keys --json "d['principles'][0]['mean']==4.4 and d['principles'][0]['label']=='Fokus på arbete på den öppna arbetsmarknaden'"
    --json "d['items'][0]['measure']==22.5 and d['items'][0]['gap']=='minor' and d['items'][0]['source']=='measure'"
    --stdout-lacks "4,4" -- ipsfid score ${sv} --format json --lang sv)
e2e(sv.text-has-decimal-comma --stdout-has "4,40 " --stdout-has "[mått 22,5]" --stdout-lacks "[mått 22.5]"
    -- ipsfid score ${sv} --lang sv)
e2e(sv.csv-keeps-point --py "rows[1][rows[0].index('competitive-employment')]=='4.40' and rows[1][7]=='good'"
    -- ipsfid batch ${sv} --format csv --lang sv)
e2e(sv.batch-text --stdout-has "Sammanställning" --stdout-has "God programtrohet" -- ipsfid batch ${sv} --lang sv --as-of 2026-11-22)
e2e(sv.env-ipsfid-lang --env IPSFID_LANG=sv --stdout-has "109 av 125" -- ipsfid score ${sv})
e2e(sv.env-lang --env LANG=sv_SE.UTF-8 --stdout-has "109 av 125" -- ipsfid score ${sv})
e2e(sv.env-lc-all-wins --env LC_ALL=en_US.UTF-8 --env LANG=sv_SE.UTF-8 --stdout-has "109 of 125" -- ipsfid score ${sv})
e2e(sv.flag-wins --env IPSFID_LANG=sv --stdout-has "109 of 125" -- ipsfid score ${sv} --lang en)
e2e(sv.c-locale-is-english --env LANG=C.UTF-8 --stdout-has "109 of 125" -- ipsfid score ${sv})
e2e(sv.bad-lang --exit 2 -- ipsfid score ${sv} --lang de)
e2e(sv.template --stdout-has "Alla fyra komponenterna finns på plats" -- ipsfid template --lang sv --date 2026-01-01)
e2e(sv.explain --stdout-has "Att berätta om sin psykiska ohälsa för arbetsgivaren" -- ipsfid explain 13 --lang sv)

# --- HTML pages, as written (tests/browser/ checks them as rendered)
function(html_check name)
  add_test(NAME e2e.html.${name} COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/e2e/html_check.py $<TARGET_FILE:ipsfid> ${ARGN}
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endfunction()
html_check(score --count rect.bar=25 --vertices polygon.principles=8 --count svg=3 --has-text "Items: item 1: 3"
           -- score examples/lakeside-fair.yaml --format html)
html_check(score-escapes-review-text --hostile -- score tests/fixtures/reviews/valid-hostile-text.yaml --format html)
# examples/ (5 reviews) and tests/fixtures/batch (6 files, 2 invalid): 9 rows
# of 25 cells in the heat map, 11 rows in the table of files.
html_check(batch --exit 1 --count td.heat-cell=225 --count td.heat-mean=25 --count rect.level-bar=4
           --count tr.invalid=2 --vertices polygon.principles=8 --count svg=2
           --has-text "examples/lakeside-fair.yaml" --has-text "tests/fixtures/batch/empty.yml"
           -- batch examples tests/fixtures/batch --format html --as-of 2026-11-22)
html_check(batch-escapes-review-text --hostile --count td.heat-cell=25
           -- batch tests/fixtures/reviews/valid-hostile-text.yaml --format html)
html_check(batch-none-valid --exit 1 --count td.heat-cell=0 --count tr.invalid=1 --count svg=0
           --has-text "No review could be scored."
           -- batch tests/fixtures/batch/empty.yml --format html)
html_check(compare --count rect.old=25 --count rect.new=25 --vertices polygon.principles=8
           --vertices polygon.previous=8 --count svg=2 --has-text "lowered without a rationale"
           -- compare tests/fixtures/compare/eastside-2025.yaml tests/fixtures/compare/eastside-2026.yaml --format html)
html_check(compare-escapes-review-text --hostile
           -- compare tests/fixtures/reviews/valid-hostile-text.yaml tests/fixtures/reviews/valid-hostile-text.yaml
              --format html)
e2e(html.swedish --stdout-has "<html lang=\"sv\">" --stdout-has "Handlingsplan" -- ipsfid score examples/solbacken-sv.yaml --format html --lang sv)
e2e(html.one-review-only --exit 2 -- ipsfid score examples --format html)
e2e(html.batch-swedish --stdout-has "<html lang=\"sv\">" --stdout-has "Poäng per granskning och punkt"
    --stdout-has "Totalpoäng: medelvärde 90,60, median 104,00." -- ipsfid batch examples --format html --lang sv)
e2e(html.compare-swedish --stdout-has "<html lang=\"sv\">" --stdout-has "sänkt utan motivering"
    -- ipsfid compare tests/fixtures/compare/eastside-2025.yaml tests/fixtures/compare/eastside-2026.yaml --format html --lang sv)
