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
e2e(score.several-give-an-array --json "[r['total'] for r in d]==[40,79,104,121]"
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
e2e(score.no-color-env-wins --ansi no -- ipsfid score examples/lakeside-fair.yaml)
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
  if(name MATCHES "^(valid|mini|score-disagrees)")
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
