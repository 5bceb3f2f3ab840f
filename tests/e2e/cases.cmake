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
  if(name MATCHES "^(valid|mini|score-disagrees|future-date|lint-missing-evidence)")
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
  if(name MATCHES "^(score-disagrees|future-date|lint-missing-evidence)$")
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
e2e(lint.project-files-clean --stdout-has "6 files checked: 0 errors, 0 warnings."
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
